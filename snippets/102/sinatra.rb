require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 102
    json message: 'OK'
end
