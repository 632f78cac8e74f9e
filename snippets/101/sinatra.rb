require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 101
    json message: 'Switching Protocols'
end
