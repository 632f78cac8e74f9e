require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 208
    json message: 'Already Reported'
end
