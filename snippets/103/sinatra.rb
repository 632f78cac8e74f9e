require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 103
    json message: 'OK'
end
